using System;
using Unannotated.Catalog;

var products = new[]
{
    new Product { Sku = "CRM-LUNAR", Name = "Abonament CRM lunar", Price = 49m },
    new Product { Sku = "CRM-ANUAL", Name = "Abonament CRM anual", Price = 490m },
};

Console.WriteLine($"{products.Length} products in the catalogue.");
Console.WriteLine("Build this project to see PRIV001 on the personal data that nobody annotated.");
