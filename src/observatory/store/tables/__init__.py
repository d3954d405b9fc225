"""Table definitions, one module per area; importing this package registers them all."""
