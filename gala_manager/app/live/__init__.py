"""Live views of the show on the local network: the crew's phones read the gala file."""
