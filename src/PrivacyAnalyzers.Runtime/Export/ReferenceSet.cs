using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// A set of objects compared by reference (netstandard2.0 has no ReferenceEqualityComparer). Most exports hold a
/// handful of objects: the first eight are kept in an array searched linearly, a hash set is made only beyond that.
/// </summary>
internal sealed class ReferenceSet
{
    private const int SmallCapacity = 8;

    private object?[]? _small;
    private int _smallCount;
    private HashSet<object>? _large;

    /// <summary>Adds the object; false when it was already there.</summary>
    public bool Add(object item)
    {
        if (_large is not null)
        {
            return _large.Add(item);
        }

        _small ??= new object?[SmallCapacity];
        for (var i = 0; i < _smallCount; i++)
        {
            if (ReferenceEquals(_small[i], item))
            {
                return false;
            }
        }

        if (_smallCount < SmallCapacity)
        {
            _small[_smallCount++] = item;
            return true;
        }

        _large = new HashSet<object>(Comparer.Instance);
        foreach (var existing in _small)
        {
            _large.Add(existing!);
        }

        _small = null;
        return _large.Add(item);
    }

    private sealed class Comparer : IEqualityComparer<object>
    {
        public static readonly Comparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
