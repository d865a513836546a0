"""Staff and roles: departments, people, hosts, posts, shifts and duties."""
