"""Team sync: the hub the team's desktops meet at, and the desktops' side of it."""
