"""Knowledge bases: actors, event taxonomy, gazetteer."""
