"""The Plan area: fit a session into the time given and keep the plan."""
