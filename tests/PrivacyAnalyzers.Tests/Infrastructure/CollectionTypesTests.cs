using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Symbols;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// The one "item type of a collection" the generator and the leak rules share (issue 13). The two copies disagreed on an
/// enumerable of two item types — the leak rules took whichever interface came first, the generator none — and on
/// <c>byte[]</c>: both now treat the first as an object and the second as one binary value.
/// </summary>
public sealed class CollectionTypesTests
{
    private static readonly Compilation Compilation = Generator.GeneratorRunner.Compile(new[] { """
        using System.Collections;
        using System.Collections.Generic;
        public class Order { }
        public class Line { }
        public class Orders : List<Order> { }
        public class Both : IEnumerable<Order>, IEnumerable<Line>
        {
            IEnumerator<Order> IEnumerable<Order>.GetEnumerator() => null!;
            IEnumerator<Line> IEnumerable<Line>.GetEnumerator() => null!;
            IEnumerator IEnumerable.GetEnumerator() => null!;
        }
        public class Holder
        {
            public Order[] Array = null!;
            public Order[,] Grid = null!;
            public IEnumerable<Order> Sequence = null!;
            public Dictionary<string, Order> ByKey = null!;
            public Orders Derived = null!;
            public Both Ambiguous = null!;
            public string Text = "";
            public byte[] Bytes = null!;
            public Order Single = null!;
        }
        """ });

    [Theory]
    [InlineData("Array", "Order")]
    [InlineData("Grid", "Order")]
    [InlineData("Sequence", "Order")]
    [InlineData("ByKey", "System.Collections.Generic.KeyValuePair<string, Order>")]
    [InlineData("Derived", "Order")]
    [InlineData("Ambiguous", null)]
    [InlineData("Text", null)]
    [InlineData("Bytes", null)]
    [InlineData("Single", null)]
    public void The_item_type_is_known_only_when_it_is_one(string field, string? expected)
    {
        var type = ((IFieldSymbol)Compilation.GetTypeByMetadataName("Holder")!.GetMembers(field).Single()).Type;
        Assert.Equal(expected, CollectionTypes.ElementType(type)?.ToDisplayString());
    }
}
