-- The working-day calendar as data (issue 16 item 6): per year whether it is published (covered), and its
-- public holidays on weekdays (HOLIDAY) and weekend days made working days (WORKING, 调休).
-- Seeded on first start from app.calendar.* (WorkingDayCalendarStore.seedIfEmpty).
CREATE TABLE calendar_year (
    year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    published   boolean NOT NULL DEFAULT false,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day (
    day   date PRIMARY KEY,
    year  integer NOT NULL REFERENCES calendar_year (year),
    kind  varchar(10) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING')),
    CHECK (extract(year FROM day) = year)
);
