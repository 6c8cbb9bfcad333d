using CityManagement.Model;
using Microsoft.EntityFrameworkCore;

namespace CityManagement.Data;

/// <summary>The website's and app's database: access logs, cookies, enquiries, customers.</summary>
public sealed class CityDbContext : DbContext
{
    public CityDbContext(DbContextOptions<CityDbContext> options)
        : base(options)
    {
    }

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<VisitorCookie> Cookies => Set<VisitorCookie>();

    public DbSet<ContactRequest> ContactRequests => Set<ContactRequest>();

    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().HasMany(c => c.SubAccounts).WithOne().HasForeignKey(s => s.CustomerId);
        modelBuilder.Entity<Customer>().HasMany(c => c.Purchases).WithOne().HasForeignKey(p => p.CustomerId);
    }
}
