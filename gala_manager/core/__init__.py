"""Qt-free domain and storage of a gala: models, verbs, rules and checks."""
