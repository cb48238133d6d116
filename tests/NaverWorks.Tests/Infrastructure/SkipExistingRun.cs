using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// The checks every bulk create with -SkipExisting must pass: a file run a second time with it creates nothing,
/// writes nothing, reports each row and finds what exists through one listing, not a lookup per row; without it,
/// the service's refusal says to use it.
/// </summary>
public static class SkipExistingRun
{
    /// <summary>
    /// Runs <paramref name="pipeline"/>, which creates one object per name of <paramref name="names"/> in that order, then
    /// again with -SkipExisting -Verbose.
    /// </summary>
    /// <param name="env">The tenant.</param>
    /// <param name="pipeline">A script ending in the New-* cmdlet, so switches can be appended.</param>
    /// <param name="names">The rows' names.</param>
    /// <param name="route">The collection's route, e.g. <c>/orgunits</c>.</param>
    /// <param name="count">How many objects the tenant has.</param>
    /// <param name="idOf">The id of the object of a name.</param>
    public static void Twice(EmulatedTenant env, string pipeline, IReadOnlyList<string> names, string route, Func<int> count, Func<string, string> idOf)
    {
        Assert.Equal(names.Count, env.Invoke(pipeline).ThrowOnError().Output.Count);
        int before = count();
        env.Server.Requests.Clear();
        var again = env.Invoke(pipeline + " -SkipExisting -Verbose").ThrowOnError();
        Assert.Empty(again.Output);
        Assert.Equal(before, count());
        Assert.Empty(env.Server.Requests.ForRoute("POST " + route));
        Assert.Single(env.Server.Requests.ForRoute("GET " + route)); // one listing serves every row
        for (int row = 1; row <= names.Count; row++)
            Assert.Contains($"Row {row} ({names[row - 1]}): already exists as {idOf(names[row - 1])}; skipped.", again.Verbose);
    }

    /// <summary>Checks that <paramref name="error"/> is the service's refusal of <paramref name="subject"/>, advising <paramref name="cmdlet"/> -SkipExisting.</summary>
    public static void AssertRefusedWithAdvice(ErrorRecord error, string subject, string cmdlet)
    {
        Assert.StartsWith(subject, error.ErrorDetails.Message);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains("-SkipExisting", error.ErrorDetails.Message);
        Assert.Contains(cmdlet, error.ErrorDetails.Message);
    }
}
