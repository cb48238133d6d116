using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// A real PowerShell runspace (System.Management.Automation 7.6) with the module imported from the
/// repository's manifest, as an administrator would have it after Import-Module.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleRunspace(bool importModule = true, Action<InitialSessionState>? configure = null)
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.Commands.Add(new SessionStateCmdletEntry("Import-Csv", typeof(ImportCsvStandInCommand), null));
        configure?.Invoke(iss);
        _runspace = RunspaceFactory.CreateRunspace(iss);
        _runspace.Open();
        if (importModule) Invoke($"Import-Module '{RepoPaths.Manifest}' -ErrorAction Stop").ThrowOnError();
    }

    public Runspace Runspace => _runspace;

    /// <summary>Runs a script with optional variables set beforehand; collects every stream.</summary>
    public RunResult Invoke(string script, Dictionary<string, object?>? variables = null)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        if (variables is not null)
        {
            foreach (var kv in variables) _runspace.SessionStateProxy.SetVariable(kv.Key, kv.Value);
        }
        ps.AddScript(script);
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException ex)
        {
            output = new Collection<PSObject>();
            terminating = ex;
        }
        return new RunResult(output.ToList(), ps.Streams, terminating);
    }

    public void Dispose() => _runspace.Dispose();
}

/// <summary>What a script produced, stream by stream.</summary>
public sealed class RunResult
{
    public RunResult(List<PSObject> output, PSDataStreams streams, Exception? terminating)
    {
        Output = output;
        Errors = streams.Error.ToList();
        Warnings = streams.Warning.Select(w => w.Message).ToList();
        Verbose = streams.Verbose.Select(v => v.Message).ToList();
        Debug = streams.Debug.Select(d => d.Message).ToList();
        Information = streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList();
        Progress = streams.Progress.ToList();
        Terminating = terminating;
    }

    public List<PSObject> Output { get; }
    public List<ErrorRecord> Errors { get; }
    public List<string> Warnings { get; }
    public List<string> Verbose { get; }
    public List<string> Debug { get; }
    public List<string> Information { get; }
    public List<ProgressRecord> Progress { get; }
    public Exception? Terminating { get; }

    /// <summary>Every stream as one text, for asserting that no secret leaked anywhere.</summary>
    public string AllText()
    {
        var sb = new StringBuilder();
        foreach (var o in Output) sb.AppendLine(o?.ToString());
        foreach (var e in Errors) sb.AppendLine(e.ToString()).AppendLine(e.Exception?.ToString()).AppendLine(e.ErrorDetails?.Message);
        foreach (var s in Warnings.Concat(Verbose).Concat(Debug).Concat(Information)) sb.AppendLine(s);
        foreach (var p in Progress) sb.AppendLine(p.StatusDescription);
        if (Terminating is not null) sb.AppendLine(Terminating.ToString());
        return sb.ToString();
    }

    public RunResult ThrowOnError()
    {
        if (Terminating is not null) throw new Xunit.Sdk.XunitException("Script failed: " + Terminating);
        if (Errors.Count > 0) throw new Xunit.Sdk.XunitException("Script wrote errors:\n" + string.Join("\n", Errors.Select(e => e.ToString())));
        return this;
    }

    public T Single<T>() => (T)Output.Single().BaseObject;

    /// <summary>
    /// The error a failing command produced: a cmdlet's terminating error only ends its statement in a
    /// script, so it arrives in the error stream like any other.
    /// </summary>
    public ErrorRecord Failure =>
        (Terminating as RuntimeException)?.ErrorRecord ?? Errors.FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException("The script did not fail. Output: " + string.Join(", ", Output));

    /// <summary>The message the user sees for <see cref="Failure"/>.</summary>
    public string FailureMessage => Failure.ErrorDetails?.Message ?? Failure.Exception.Message;
}
