"""The Lucky draw page, its dialogs and the big-screen draw window."""
