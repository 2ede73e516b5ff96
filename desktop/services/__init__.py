"""Use cases shared by every entry point (window, CLI, jobs, channels, sync)."""
