using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Export;

/// <summary>A set of objects compared by reference (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class ReferenceSet
{
    private readonly HashSet<object> _items = new(Comparer.Instance);

    public int Count => _items.Count;

    /// <summary>Adds the object; false when it was already there.</summary>
    public bool Add(object item) => _items.Add(item);

    private sealed class Comparer : IEqualityComparer<object>
    {
        public static readonly Comparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
