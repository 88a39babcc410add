-- The day a school was founded (วันก่อตั้ง), as the ministry's school lists give it; optional.
ALTER TABLE school ADD COLUMN founded_on DATE NULL AFTER district;
