"""What readers take away and what pages show of the repository: PDF booklets, the offline copy, page history."""
