using ERegistry.Model;
using Microsoft.EntityFrameworkCore;

namespace ERegistry.Data;

/// <summary>The e-registry's database.</summary>
public sealed class RegistryDbContext : DbContext
{
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options)
        : base(options)
    {
    }

    public DbSet<UserAccount> Users => Set<UserAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>().HasMany(u => u.SupportInteractions).WithOne().HasForeignKey(s => s.UserAccountId);
        modelBuilder.Entity<UserAccount>().HasMany(u => u.Devices).WithOne().HasForeignKey(d => d.UserAccountId);
        modelBuilder.Entity<UserAccount>().HasMany(u => u.Licenses).WithOne().HasForeignKey(l => l.UserAccountId);
        modelBuilder.Entity<UserAccount>().HasMany(u => u.Payments).WithOne().HasForeignKey(p => p.UserAccountId);
        modelBuilder.Entity<UserAccount>().HasOne(u => u.Profile).WithOne().HasForeignKey<PersonalisationProfile>(p => p.UserAccountId);
    }
}
