"""The scheduler: which job runs when, and catching up after the machine slept or was off."""
