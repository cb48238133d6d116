using System;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>A help source that does not follow the expected layout; the message names the file and line.</summary>
public sealed class HelpFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HelpFormatException(string path, int line, string message)
        : base($"{path}:{line}: {message}")
    {
        Path = path;
        Line = line;
    }

    /// <summary>The file at fault.</summary>
    public string Path { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }
}
