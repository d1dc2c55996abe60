"""Presenting a session: notes on the laptop, prompts on the projector, the safety panel."""
