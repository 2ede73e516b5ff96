"""Team sync: the hub and the desktop client."""
