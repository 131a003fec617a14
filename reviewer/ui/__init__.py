"""The PySide6 window. It arranges what the Qt-free packages do and holds no logic of theirs."""
