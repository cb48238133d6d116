using System;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NaverWorks.Tests.Help;

/// <summary>
/// Runs code on a thread whose UI culture is set, as on a Korean or English Windows. A runspace created on
/// that thread takes its culture from it, and PowerShell picks the help folder (ko-KR/, en-US/) from it.
/// </summary>
internal static class CultureThread
{
    public static void Run(string culture, Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                action();
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
