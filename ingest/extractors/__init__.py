"""Extractors: one module per fact family; pure functions from segments to facts."""
