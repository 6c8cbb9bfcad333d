using IotShop.Model;
using Microsoft.EntityFrameworkCore;

namespace IotShop.Data;

/// <summary>The shop's database.</summary>
public sealed class ShopDbContext : DbContext
{
    public ShopDbContext(DbContextOptions<ShopDbContext> options)
        : base(options)
    {
    }

    public DbSet<UsageRecord> Usage => Set<UsageRecord>();

    public DbSet<BrowserCookie> Cookies => Set<BrowserCookie>();

    public DbSet<CustomerAccount> Customers => Set<CustomerAccount>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<NotificationSubscription> Subscriptions => Set<NotificationSubscription>();

    public DbSet<Correspondence> Correspondence => Set<Correspondence>();

    public DbSet<AnonymisedFeedback> AnonymisedFeedback => Set<AnonymisedFeedback>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CustomerAccount>().HasMany(c => c.Publications).WithOne().HasForeignKey(p => p.CustomerAccountId);
        modelBuilder.Entity<CustomerAccount>().HasMany(c => c.Orders).WithOne().HasForeignKey(o => o.CustomerAccountId);
    }
}
