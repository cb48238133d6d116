using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NaverWorks.Models;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// What a caller asked to set on an event (null = leave as it is), and the one place that applies it to an
    /// event component: for a create onto an empty component, for an update onto the component just read, so
    /// every field not asked for (attendees, reminders, recurrence, unknown fields) survives the PUT.
    /// </summary>
    public sealed class EventFields
    {
        /// <summary><c>summary</c>.</summary>
        public string? Summary { get; set; }
        /// <summary><c>description</c>.</summary>
        public string? Description { get; set; }
        /// <summary><c>location</c>.</summary>
        public string? Location { get; set; }
        /// <summary>Start: a date makes an all-day event.</summary>
        public EventTimeValue? Start { get; set; }
        /// <summary>End: exclusive (an all-day event on the 10th ends on the 11th).</summary>
        public EventTimeValue? End { get; set; }
        /// <summary>All-day or timed; null decides from <see cref="Start"/> (or keeps what the event is).</summary>
        public bool? AllDay { get; set; }
        /// <summary>The zone of a timed event (IANA or Windows name).</summary>
        public string? TimeZone { get; set; }
        /// <summary>Attendees (replaces the list; empty clears it).</summary>
        public IList<EventAttendee>? Attendees { get; set; }
        /// <summary>Raw recurrence lines (replaces them; empty removes the recurrence).</summary>
        public IList<string>? Recurrence { get; set; }
        /// <summary>RRULE FREQ.</summary>
        public RecurrenceFrequency? Frequency { get; set; }
        /// <summary>RRULE INTERVAL.</summary>
        public int? Interval { get; set; }
        /// <summary>RRULE COUNT (drops UNTIL).</summary>
        public int? Count { get; set; }
        /// <summary>RRULE UNTIL (drops COUNT).</summary>
        public EventTimeValue? Until { get; set; }
        /// <summary>RRULE BYDAY (MO, Monday, 1MO, -1FR…).</summary>
        public IList<string>? ByDay { get; set; }
        /// <summary>RRULE BYMONTHDAY.</summary>
        public IList<int>? ByMonthDay { get; set; }
        /// <summary>RRULE BYMONTH.</summary>
        public IList<int>? ByMonth { get; set; }
        /// <summary>Occurrences to skip (replaces the EXDATE lines).</summary>
        public IList<EventTimeValue>? ExceptionDates { get; set; }
        /// <summary><c>videoMeeting.url</c>.</summary>
        public string? VideoMeetingUrl { get; set; }
        /// <summary><c>videoMeeting.resourceId</c>.</summary>
        public string? VideoMeetingResourceId { get; set; }
        /// <summary>Reminders (replaces the list; empty clears it).</summary>
        public IList<EventReminder>? Reminders { get; set; }
        /// <summary><c>map.type</c>.</summary>
        public string? MapType { get; set; }
        /// <summary><c>map.geo</c>.</summary>
        public string? Geo { get; set; }
        /// <summary><c>mapUrl.mapUrl</c>.</summary>
        public string? MapUrl { get; set; }
        /// <summary><c>mapUrl.imageId</c>.</summary>
        public string? MapImageId { get; set; }
        /// <summary><c>eventId</c> chosen by the caller (creates only).</summary>
        public string? EventId { get; set; }
        /// <summary><c>categoryId</c>.</summary>
        public string? CategoryId { get; set; }
        /// <summary><c>visibility</c>.</summary>
        public EventVisibility? Visibility { get; set; }
        /// <summary><c>transparency</c>.</summary>
        public EventTransparency? Transparency { get; set; }
        /// <summary><c>sequence</c>.</summary>
        public int? Sequence { get; set; }

        private bool HasRuleParts => Frequency.HasValue || Interval.HasValue || Count.HasValue || Until is not null || ByDay is not null || ByMonthDay is not null || ByMonth is not null;

        /// <summary>
        /// Applies the fields to <paramref name="target"/> (an empty component for a create) and returns it.
        /// </summary>
        /// <exception cref="EventFieldException">A value is invalid or the combination makes no sense.</exception>
        public EventComponent ApplyTo(EventComponent target)
        {
            Start?.Require("Start");
            End?.Require("End");
            Until?.Require("Until");
            foreach (EventTimeValue day in ExceptionDates ?? new EventTimeValue[0]) day.Require("ExceptionDate");
            ApplyText(target);
            ApplyTimes(target, out string zone, out bool allDay);
            ApplyRecurrence(target, zone, allDay);
            ApplyOther(target);
            return target;
        }

        private void ApplyText(EventComponent target)
        {
            target.Summary = Text(Summary, "Summary", 200) ?? target.Summary;
            target.Description = Text(Description, "Description", 5000) ?? target.Description;
            target.Location = Text(Location, "Location", 100) ?? target.Location;
            if (string.IsNullOrEmpty(target.Summary)) throw new EventFieldException("Summary", "is required.");
        }

        private void ApplyTimes(EventComponent target, out string zone, out bool allDay)
        {
            EventTimeValue? oldStart = EventTimeValue.FromEventTime(target.Start);
            EventTimeValue? oldEnd = EventTimeValue.FromEventTime(target.End);
            bool wasAllDay = target.Start?.IsDate == true;
            string? oldZone = target.Start?.TimeZone ?? target.End?.TimeZone;
            zone = TimeZone is null ? oldZone ?? TimeZones.LocalIana() : Zone(TimeZone);
            // A midnight start given to an all-day event (as Get-WorksEvent shows it) keeps it all-day.
            allDay = AllDay ?? (Start is null ? wasAllDay : Start.IsDateOnly || (wasAllDay && Start.IsMidnight));

            EventTimeValue start = Start ?? oldStart ?? throw new EventFieldException("Start", "is required.");
            if (!allDay && start.IsDateOnly)
                throw new EventFieldException("Start", $"'{start}' has no time of day; give a time, or -AllDay for an all-day event.");
            bool moved = Start is not null || allDay != wasAllDay || (TimeZone is not null && zone != oldZone);
            if (!moved && End is null) return; // nothing about the times was asked for

            target.Start = start.ToEventTime(zone, allDay);
            EventTimeValue? end = End;
            if (end is null && oldStart is not null && oldEnd is not null && allDay == wasAllDay)
            {
                // Moving an event keeps its length.
                TimeSpan length = oldEnd.Clock - oldStart.Clock;
                end = allDay ? EventTimeValue.FromDate(start.Day + length) : EventTimeValue.FromWallClock(start.WallClockIn(zone) + length);
            }
            if (end is null)
            {
                target.End = allDay ? EventTimeValue.FromDate(start.Day.AddDays(1)).ToEventTime(zone, true) : null;
                return;
            }
            if (!allDay && end.IsDateOnly)
                throw new EventFieldException("End", $"'{end}' has no time of day, but the event is timed; give a time (or -AllDay).");
            bool ordered = allDay ? end.Day > start.Day : end.InstantIn(zone) > start.InstantIn(zone);
            if (!ordered)
            {
                throw new EventFieldException("End", allDay
                    ? $"'{end.Day:yyyy-MM-dd}' must be after the start; the end of an all-day event is exclusive, so a one-day event on {start.Day:yyyy-MM-dd} ends on {start.Day.AddDays(1):yyyy-MM-dd} (or leave -End out)."
                    : $"'{end}' must be after the start ('{start}').");
            }
            target.End = end.ToEventTime(zone, allDay);
        }

        private void ApplyRecurrence(EventComponent target, string zone, bool allDay)
        {
            if (Recurrence is null && !HasRuleParts && ExceptionDates is null) return;
            var lines = Recurrence is not null ? Lines(Recurrence, "Recurrence") : new List<string>(target.Recurrence ?? new List<string>());
            if (HasRuleParts)
            {
                int index = lines.FindIndex(RecurrenceLines.IsRule);
                RecurrenceRule rule = BuildRule(index >= 0 ? RecurrenceRule.Parse(lines[index]) : null, zone, allDay);
                if (index >= 0) lines[index] = rule.ToString();
                else lines.Insert(0, rule.ToString());
            }
            if (ExceptionDates is not null)
            {
                lines.RemoveAll(RecurrenceLines.IsException);
                if (ExceptionDates.Count > 0)
                {
                    EventTimeValue start = EventTimeValue.FromEventTime(target.Start)!;
                    lines.Add(RecurrenceLines.ExceptionLine(ExceptionDates, start.Clock, zone, allDay));
                }
            }
            lines = Lines(lines, ExceptionDates is not null && Recurrence is null && !HasRuleParts ? "ExceptionDate" : "Recurrence");
            target.Recurrence = lines.Count == 0 ? null : lines;
        }

        private RecurrenceRule BuildRule(RecurrenceRule? existing, string zone, bool allDay)
        {
            RecurrenceRule rule = Frequency is RecurrenceFrequency f
                ? (existing ?? new RecurrenceRule(f.ToString())).Set("FREQ", f.ToString().ToUpperInvariant())
                : existing ?? throw new EventFieldException("Frequency",
                    "is required with -Interval, -Count, -Until, -ByDay, -ByMonthDay or -ByMonth when the event does not repeat yet.");
            var c = CultureInfo.InvariantCulture;
            if (Interval is int interval)
            {
                if (interval < 1) throw new EventFieldException("Interval", $"{interval} must be 1 or more.");
                rule.Set("INTERVAL", interval == 1 ? null : interval.ToString(c));
            }
            if (ByDay is not null)
                rule.Set("BYDAY", Join(ByDay.SelectMany(d => (d ?? "").Split(',')).Where(d => d.Trim().Length > 0), "ByDay", RecurrenceRule.WeekdayCode));
            if (ByMonthDay is not null) rule.Set("BYMONTHDAY", ByMonthDay.Count == 0 ? null : string.Join(",", ByMonthDay.Select(n => n.ToString(c))));
            if (ByMonth is not null) rule.Set("BYMONTH", ByMonth.Count == 0 ? null : string.Join(",", ByMonth.Select(n => n.ToString(c))));
            if (Count.HasValue && Until is not null) throw new EventFieldException("Count", "give -Count or -Until, not both.");
            if (Count is int count)
            {
                if (count < 1) throw new EventFieldException("Count", $"{count} must be 1 or more.");
                rule.Set("UNTIL", null).Set("COUNT", count.ToString(c));
            }
            if (Until is not null) rule.Set("COUNT", null).Set("UNTIL", RecurrenceLines.Until(Until, zone, allDay));
            try
            {
                rule.Validate();
            }
            catch (FormatException ex)
            {
                throw new EventFieldException("Recurrence", ex.Message, ex);
            }
            return rule;
        }

        private static string? Join(IEnumerable<string> items, string field, Func<string, string> normalise)
        {
            try
            {
                var list = items.Select(normalise).ToList();
                return list.Count == 0 ? null : string.Join(",", list);
            }
            catch (FormatException ex)
            {
                throw new EventFieldException(field, ex.Message, ex);
            }
        }

        private static List<string> Lines(IEnumerable<string> lines, string field)
        {
            try
            {
                return RecurrenceLines.Validate(lines);
            }
            catch (FormatException ex)
            {
                throw new EventFieldException(field, ex.Message, ex);
            }
            catch (ArgumentException ex)
            {
                throw new EventFieldException(field, ex.Message, ex);
            }
        }

        private void ApplyOther(EventComponent target)
        {
            if (Attendees is not null) target.Attendees = Attendees.Count == 0 ? null : Attendees.ToList();
            if (Reminders is not null) target.Reminders = Reminders.Count == 0 ? null : Reminders.ToList();
            if (VideoMeetingUrl is not null || VideoMeetingResourceId is not null)
            {
                target.VideoMeeting ??= new EventVideoMeeting();
                target.VideoMeeting.Url = VideoMeetingUrl ?? target.VideoMeeting.Url;
                target.VideoMeeting.ResourceId = VideoMeetingResourceId ?? target.VideoMeeting.ResourceId;
            }
            if (MapType is not null || Geo is not null)
            {
                target.Map ??= new EventMap();
                target.Map.Type = MapType ?? target.Map.Type;
                target.Map.Geo = Geo ?? target.Map.Geo;
            }
            if (MapUrl is not null || MapImageId is not null)
            {
                target.MapUrl ??= new EventMapUrl();
                target.MapUrl.MapUrl = MapUrl ?? target.MapUrl.MapUrl;
                target.MapUrl.ImageId = MapImageId ?? target.MapUrl.ImageId;
            }
            if (EventId is not null)
            {
                if (EventId.Length > 255) throw new EventFieldException("EventId", "is longer than 255 characters.");
                target.EventId = EventId;
            }
            target.CategoryId = CategoryId ?? target.CategoryId;
            if (Visibility is EventVisibility v) target.Visibility = v.ToString().ToUpperInvariant();
            if (Transparency is EventTransparency t) target.Transparency = t.ToString().ToUpperInvariant();
            if (Sequence is int s)
            {
                if (s < 0) throw new EventFieldException("Sequence", $"{s} must be 0 or more.");
                target.Sequence = s;
            }
        }

        private static string? Text(string? value, string field, int max)
        {
            if (string.IsNullOrEmpty(value)) return null;
            if (value!.Length > max) throw new EventFieldException(field, $"is {value.Length} characters long; the API takes at most {max}.");
            return value;
        }

        private static string Zone(string name)
        {
            try
            {
                return TimeZones.ToIana(name);
            }
            catch (ArgumentException ex)
            {
                throw new EventFieldException("TimeZone", ex.Message, ex);
            }
        }

        /// <summary>
        /// The component an update applies to: the exception for <paramref name="recurringEventId"/>, otherwise the
        /// event itself (the series, not one of its exceptions).
        /// </summary>
        /// <exception cref="EventFieldException">The event has no exception for that occurrence.</exception>
        public static EventComponent Target(IList<EventComponent> components, string? recurringEventId)
        {
            if (!string.IsNullOrEmpty(recurringEventId))
            {
                return components.FirstOrDefault(c => c.RecurringEventId == recurringEventId)
                    ?? throw new EventFieldException("RecurringEventId", $"the event has no exception for the occurrence '{recurringEventId}'.");
            }
            return components.FirstOrDefault(c => string.IsNullOrEmpty(c.RecurringEventId)) ?? components[0];
        }
    }
}
