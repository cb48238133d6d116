using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.HelpBuilder.Update;

/// <summary>
/// The text update-docs writes itself, per culture: the CommonParameters paragraph and the descriptions of
/// parameters that mean the same on every cmdlet (-WhatIf, -Confirm, paging, -Session). A page may replace
/// any of them; they are filled in only where a description is empty.
/// </summary>
public sealed class CultureText
{
    private readonly Dictionary<string, string> _parameters;

    private CultureText(string culture, string commonParameters, Dictionary<string, string> parameters, Func<string, bool> isWrittenIn)
    {
        Culture = culture;
        CommonParameters = commonParameters;
        _parameters = parameters;
        IsWrittenIn = isWrittenIn;
    }

    /// <summary>The culture name, e.g. <c>ko-KR</c>.</summary>
    public string Culture { get; }

    /// <summary>The <c>### CommonParameters</c> paragraph.</summary>
    public string CommonParameters { get; }

    /// <summary>True when a text is (at least partly) in this culture's language: a check that a page was translated.</summary>
    public Func<string, bool> IsWrittenIn { get; }

    /// <summary>The standard description of a parameter, or null (keys: the name, or <c>Session:&lt;type&gt;</c>).</summary>
    public string? StandardDescription(string parameter, string typeName) =>
        _parameters.TryGetValue(parameter + ":" + typeName, out var typed) ? typed
        : _parameters.TryGetValue(parameter, out var plain) ? plain
        : null;

    /// <summary>The cultures help is written in.</summary>
    public static IReadOnlyList<string> Known => All.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>The text for <paramref name="culture"/>.</summary>
    /// <exception cref="ArgumentException">No text is defined for it yet (add it here).</exception>
    public static CultureText For(string culture) =>
        All.TryGetValue(culture, out var text) ? text
        : throw new ArgumentException($"docs/{culture} has no standard texts; add the culture to {nameof(CultureText)}.cs in tools/NaverWorks.HelpBuilder.");

    private static readonly Dictionary<string, CultureText> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en-US"] = new CultureText(
            "en-US",
            "This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, and -WarningVariable. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).",
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["WhatIf"] = "Shows what would happen if the cmdlet runs. The cmdlet is not run.",
                ["Confirm"] = "Prompts you for confirmation before running the cmdlet.",
                ["First"] = "Returns only the first N objects. The cmdlet requests only the pages it needs for them.",
                ["Skip"] = "Skips the first N objects and returns the rest.",
                ["ExpectedCount"] = "How many input rows to expect, when piping them (for example `-ExpectedCount $rows.Count`). Only the progress bar uses it, to show percent done and time left; it does not limit the run. Rows given as one array on the command line are counted without it.",
                ["IncludeTotalCount"] = "Writes the total number of objects in the list after the objects. When the service does not report a total, the count is shown as `Unknown total count`.",
                ["Session:WorksSession"] = "The NAVER WORKS session to use, as returned by `Connect-Works -PassThru`. By default, the most recent connection in this PowerShell session is used.",
                ["Session:WorkplaceSession"] = "The WORKPLACE session to use, as returned by `Connect-Workplace -PassThru`. By default, the most recent WORKPLACE connection in this PowerShell session is used.",
            },
            _ => true),
        ["ko-KR"] = new CultureText(
            "ko-KR",
            "이 cmdlet은 공통 매개 변수 -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, -WarningVariable을 지원합니다. 자세한 내용은 [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216)를 참조하세요.",
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["WhatIf"] = "cmdlet을 실행하면 어떤 일이 일어나는지 보여 줍니다. cmdlet은 실행되지 않습니다.",
                ["Confirm"] = "cmdlet을 실행하기 전에 확인 메시지를 표시합니다.",
                ["First"] = "처음 N개의 개체만 반환합니다. 서비스에는 그 개체에 필요한 페이지만 요청합니다.",
                ["Skip"] = "처음 N개의 개체를 건너뛰고 나머지를 반환합니다.",
                ["ExpectedCount"] = "파이프라인으로 전달할 입력 행의 개수입니다(예: `-ExpectedCount $rows.Count`). 진행률 표시줄에서 완료 비율과 남은 시간을 보여 주는 데에만 사용하며, 처리할 행 수를 제한하지는 않습니다. 명령줄에서 배열 하나로 전달한 행은 이 매개 변수 없이도 개수를 셉니다.",
                ["IncludeTotalCount"] = "개체를 모두 출력한 뒤 목록의 전체 개수를 출력합니다. 서비스가 전체 개수를 알려 주지 않으면 `Unknown total count`로 표시됩니다.",
                ["Session:WorksSession"] = "사용할 NAVER WORKS 세션입니다. `Connect-Works -PassThru`가 반환한 개체를 지정합니다. 지정하지 않으면 현재 PowerShell 세션에서 가장 최근에 연결한 세션을 사용합니다.",
                ["Session:WorkplaceSession"] = "사용할 WORKPLACE 세션입니다. `Connect-Workplace -PassThru`가 반환한 개체를 지정합니다. 지정하지 않으면 현재 PowerShell 세션에서 가장 최근에 연결한 WORKPLACE 세션을 사용합니다.",
            },
            HasHangul),
    };

    private static bool HasHangul(string text) => text.Any(c => (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F'));
}
