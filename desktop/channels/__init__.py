"""Connectors: messages in from where the customers are, the outbox out to them."""
