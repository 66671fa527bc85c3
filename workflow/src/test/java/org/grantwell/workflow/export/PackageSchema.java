package org.grantwell.workflow.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The 360Giving package schema shipped in {@code schema/}, loaded with no network: the package
 * schema's {@code $ref} to the grant schema names a URL (of version 1.4.2, while the grant file's
 * own {@code $id} says 1.4.3), so both URLs are mapped to the local grant file and remote fetching
 * is off. Formats are asserted, as the standard's own tools do: draft 2020-12 treats {@code format}
 * as an annotation by default, and the schema's date rules are {@code oneOf} a {@code date-time}
 * format and a {@code YYYY-MM-DD} pattern, which only works when the format is checked.
 */
public final class PackageSchema {

  private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
  private static final String GRANT_FILE = "classpath:schema/360giving-schema.json";
  private static final String PACKAGE_FILE = "classpath:schema/360giving-package-schema.json";

  private static final Schema SCHEMA = load();

  private PackageSchema() {}

  public static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(
                        loader ->
                            loader
                                .fetchRemoteResources(false)
                                .schemaIdResolvers(
                                    ids ->
                                        ids.mapPrefix(
                                                STANDARD + "1.4.2/schema/360-giving-schema.json",
                                                GRANT_FILE)
                                            .mapPrefix(
                                                STANDARD + "1.4.3/schema/360-giving-schema.json",
                                                GRANT_FILE)
                                            .mapPrefix(
                                                STANDARD
                                                    + "1.4.3/schema/360-giving-package-schema.json",
                                                PACKAGE_FILE))));
    return registry.getSchema(SchemaLocation.of(PACKAGE_FILE));
  }
}
