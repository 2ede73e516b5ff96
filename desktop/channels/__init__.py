"""Connectors to the platforms and the outbox dispatcher."""
