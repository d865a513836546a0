"""Staff and roles: departments, people, hosts, posts, shifts and duties."""

# No other area of core needs this one's names.
__all__: list[str] = []
