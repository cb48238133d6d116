using System;

namespace NaverWorks.Emulator.Workplace;

/// <summary>A body field no two elements of a resource may share (an employee's loginId, a code's name), and how values compare.</summary>
internal sealed record UniqueField(string Name, StringComparer Comparer);
