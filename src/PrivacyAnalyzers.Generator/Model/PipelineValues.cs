using System;

namespace PrivacyAnalyzers.Generator.Model;

/// <summary>
/// A yes/no carried between pipeline steps. The driver's node code is generic in the value type: for a reference type
/// it is shared (compiled once for all reference types, ahead of time in the compiler's own image), for a value type
/// such as <see cref="bool"/> — and for every tuple <c>Combine</c> makes with one — it is JIT-compiled anew in every fresh
/// compiler process (several hundred methods here). Two instances, compared by reference.
/// </summary>
internal sealed class Switch
{
    public static readonly Switch On = new(true);
    public static readonly Switch Off = new(false);

    private Switch(bool isOn)
    {
        IsOn = isOn;
    }

    public bool IsOn { get; }

    public static Switch Of(bool isOn) => isOn ? On : Off;

    public override string ToString() => IsOn ? "on" : "off";
}

/// <summary>A value-typed step result (an <see cref="EquatableArray{T}"/>) as a reference, compared by its value: see <see cref="Switch"/> for why.</summary>
internal sealed record Boxed<T>(T Value)
    where T : IEquatable<T>;
