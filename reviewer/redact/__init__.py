"""Safe rendering: blur, pixelate, grayscale, reveal rules, redacted derivatives. No Qt."""
