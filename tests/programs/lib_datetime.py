"""datetime with fixed dates: arithmetic, formatting, parsing, weekdays, timezones, calendar."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y"), d.replace(year=2023) + timedelta(1), d.toordinal(), d.timetuple().tm_yday)
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, dt.isoformat(), dt + timedelta(seconds=45), dt.date(), dt.time(), repr(dt))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %b %p %I"), f"{dt:%d/%m/%y}")
delta = datetime(2024, 3, 1) - datetime(2023, 1, 15, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=25, minutes=90), timedelta(days=-1, seconds=1), -timedelta(minutes=1),
      timedelta(weeks=2) // timedelta(days=3), timedelta(days=7) / 2, abs(timedelta(-3)))
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"), date.fromisoformat("2020-01-31"),
      datetime.strptime("03/04/2021 13:45", "%d/%m/%Y %H:%M"))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(tz).tzname(), aware.utcoffset(), tz)
print(aware == aware.astimezone(tz), aware.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)),
      sorted([time(12), time(8, 30), time(23, 59, 59)]))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2000, 1, 1))
print(calendar.month(2024, 2))
try:
    date(2023, 2, 29)
except ValueError as exc:
    print("ValueError:", exc)
try:
    datetime(2024, 1, 1) - aware
except TypeError as exc:
    print("TypeError:", exc)
print(date.min, date.max, timedelta.max, time(1, 2, 3).isoformat(timespec="milliseconds"))
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 1, 31).replace(day=1))
