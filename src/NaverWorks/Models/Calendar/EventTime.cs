using System.Text.Json.Serialization;

namespace NaverWorks.Models
{
    /// <summary>
    /// An event's <c>start</c>/<c>end</c> (and the read-only <c>createdTime</c>/<c>updatedTime</c>): either a
    /// <c>date</c> (all-day, <c>YYYY-MM-DD</c>) or a local <c>dateTime</c> (<c>YYYY-MM-DDThh:mm:ss</c>, no offset)
    /// with an IANA <c>timeZone</c>.
    /// </summary>
    public sealed class EventTime : WorksObject
    {
        /// <summary><c>date</c>: the day of an all-day event.</summary>
        public string? Date { get; set; }

        /// <summary><c>dateTime</c>: wall-clock time in <see cref="TimeZone"/>, seconds included.</summary>
        public string? DateTime { get; set; }

        /// <summary><c>timeZone</c>: IANA name, e.g. <c>Asia/Seoul</c>.</summary>
        public string? TimeZone { get; set; }

        /// <summary>True when this is a date without a time (all-day).</summary>
        [JsonIgnore]
        public bool IsDate => !string.IsNullOrEmpty(Date) && string.IsNullOrEmpty(DateTime);

        /// <inheritdoc />
        public override string ToString() => IsDate ? Date! : $"{DateTime} {TimeZone}".Trim();
    }
}
