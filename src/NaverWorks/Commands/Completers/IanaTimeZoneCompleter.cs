namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Completes IANA zone names only, for parameters whose value is sent as typed (a user's or an employee's
    /// time zone): offering 'Korea Standard Time' there would invite a value the service refuses.
    /// </summary>
    public sealed class IanaTimeZoneCompleter : TimeZoneCompleter
    {
        /// <inheritdoc />
        protected override bool IncludesWindowsNames => false;
    }
}
