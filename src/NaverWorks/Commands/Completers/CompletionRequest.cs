using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;

namespace NaverWorks.Commands.Completers
{
    /// <summary>One Tab press: the command, the parameter, the word typed so far and what the rest of the line binds.</summary>
    public sealed class CompletionRequest
    {
        private readonly IDictionary? _bound;

        internal CompletionRequest(string commandName, string parameterName, string? word, IDictionary? bound)
        {
            CommandName = commandName ?? "";
            ParameterName = parameterName ?? "";
            Word = word ?? "";
            _bound = bound;
        }

        /// <summary>The command being completed, e.g. <c>Get-WorksEvent</c>.</summary>
        public string CommandName { get; }

        /// <summary>The parameter whose value is completed.</summary>
        public string ParameterName { get; }

        /// <summary>What the user has typed of the value (possibly with an opening quote).</summary>
        public string Word { get; }

        /// <summary>A value the rest of the command line gives (literal values and variables), or null.</summary>
        public object? Bound(string parameter)
        {
            if (_bound is null || !_bound.Contains(parameter)) return null;
            object? value = _bound[parameter];
            return value is PSObject pso ? pso.BaseObject : value;
        }

        /// <summary>A bound value as text, or null when not given or blank.</summary>
        public string? Text(string parameter)
        {
            string? text = Convert.ToString(Bound(parameter), CultureInfo.InvariantCulture)?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>A bound value as a number, or null when not given or not a number.</summary>
        public int? Number(string parameter) =>
            int.TryParse(Text(parameter), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : (int?)null;
    }
}
