"""The Qt user interface. Talks to services only, never to the store."""
