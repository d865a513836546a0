"""The Staff page: people, departments, hosts, posts and shifts of the night."""
