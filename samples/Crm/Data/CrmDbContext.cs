using Crm.Model;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data;

/// <summary>The CRM's database.</summary>
public sealed class CrmDbContext : DbContext
{
    public CrmDbContext(DbContextOptions<CrmDbContext> options)
        : base(options)
    {
    }

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<DocumentSettings> DocumentSettings => Set<DocumentSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>().HasOne(a => a.Company).WithOne().HasForeignKey<CompanyProfile>(c => c.AccountId);
        modelBuilder.Entity<Account>().HasMany(a => a.Users).WithOne().HasForeignKey(u => u.AccountId);
        modelBuilder.Entity<Account>().HasMany(a => a.Clients).WithOne().HasForeignKey(c => c.AccountId);
        modelBuilder.Entity<Account>().HasMany(a => a.Subscriptions).WithOne().HasForeignKey(s => s.AccountId);
        modelBuilder.Entity<Account>().HasMany(a => a.Invoices).WithOne().HasForeignKey(i => i.AccountId);
        modelBuilder.Entity<CompanyProfile>().HasMany(c => c.WorkPoints).WithOne().HasForeignKey(w => w.CompanyProfileId);
        modelBuilder.Entity<Client>().HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.ClientId);
    }
}
