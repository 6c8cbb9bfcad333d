using Microsoft.EntityFrameworkCore;

namespace ErasureSample;

/// <summary>The shop's database.</summary>
public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().HasOne(c => c.ReferredBy).WithMany().OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<Customer>().HasMany(c => c.Orders).WithOne(o => o.Customer);
        // SQLite has no DateTimeOffset or decimal column type; store them as ticks and text (read back exactly).
        modelBuilder.Entity<Customer>().Property(c => c.LastActivityAt).HasConversion(v => v.UtcTicks, v => new System.DateTimeOffset(v, System.TimeSpan.Zero));
        modelBuilder.Entity<Customer>().Property(c => c.ContractEndedAt).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null, v => v.HasValue ? new System.DateTimeOffset(v.Value, System.TimeSpan.Zero) : null);
        modelBuilder.Entity<Order>().Property(o => o.PlacedAt).HasConversion(v => v.UtcTicks, v => new System.DateTimeOffset(v, System.TimeSpan.Zero));
    }
}
