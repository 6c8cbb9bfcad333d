namespace Unannotated.Catalog;

public sealed class Product
{
    public string Sku { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public decimal Price { get; set; }

    public string ImageFileName { get; set; } = "";
}
