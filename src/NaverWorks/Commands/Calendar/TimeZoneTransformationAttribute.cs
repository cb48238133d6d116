using System;
using System.Management.Automation;
using NaverWorks.Calendar;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Accepts an IANA zone (<c>Asia/Seoul</c>), a Windows zone (<c>Korea Standard Time</c>) or a TimeZoneInfo
    /// (<c>Get-TimeZone</c>) and gives the IANA name the API wants.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TimeZoneTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            CalendarArgument.One(inputData, v => TimeZones.ToIana(v is TimeZoneInfo tz ? tz.Id : v.ToString()!));
    }
}
