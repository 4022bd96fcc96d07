"""Article -> candidate sentences -> mentions: actors, dates, triggers, modality."""
