"""Staff documents: the contact list and the duty roster."""
