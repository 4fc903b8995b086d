package se.diktera.fhir;

import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import ca.uhn.fhir.jpa.test.config.TestR4Config;

/**
 * HAPI FHIR's JPA server configuration with PostgreSQL in place of H2, as a region runs it: the
 * same beans, the database and Hibernate dialect changed. The {@link PostgresServer} is registered
 * in the Spring context before this configuration is read.
 */
@Configuration
public class PostgresR4Config extends TestR4Config {

    static final String DATABASE = "fhir";

    @Autowired
    private PostgresServer postgres;

    @Override
    public void setConnectionProperties(BasicDataSource dataSource) {
        dataSource.setDriverClassName(org.postgresql.Driver.class.getName());
        dataSource.setUrl(postgres.jdbcUrl(DATABASE));
        dataSource.setUsername(PostgresServer.USER);
        dataSource.setPassword("");
        dataSource.setMaxTotal(50);
    }

    @Override
    public String getHibernateDialect() {
        return HapiFhirPostgresDialect.class.getName();
    }
}
