"""The parts of the casualty-toll reader; ``extract.casualties.find_casualties`` is its entry."""
