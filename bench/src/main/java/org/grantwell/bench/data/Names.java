package org.grantwell.bench.data;

import java.util.List;

/**
 * The 43 force areas as migration V3 seeds them (id = position + 1, in the order of their codes),
 * so that the workload can be planned without a database.
 */
final class Names {

  private static final List<String> CODES = List.of(
      "avon-and-somerset",
      "bedfordshire",
      "cambridgeshire",
      "cheshire",
      "city-of-london",
      "cleveland",
      "cumbria",
      "derbyshire",
      "devon-and-cornwall",
      "dorset",
      "durham",
      "dyfed-powys",
      "essex",
      "gloucestershire",
      "greater-manchester",
      "gwent",
      "hampshire",
      "hertfordshire",
      "humberside",
      "kent",
      "lancashire",
      "leicestershire",
      "lincolnshire",
      "merseyside",
      "metropolitan",
      "norfolk",
      "north-wales",
      "north-yorkshire",
      "northamptonshire",
      "northumbria",
      "nottinghamshire",
      "south-wales",
      "south-yorkshire",
      "staffordshire",
      "suffolk",
      "surrey",
      "sussex",
      "thames-valley",
      "warwickshire",
      "west-mercia",
      "west-midlands",
      "west-yorkshire",
      "wiltshire");

  private static final List<String> NAMES = List.of(
      "Avon and Somerset",
      "Bedfordshire",
      "Cambridgeshire",
      "Cheshire",
      "City of London",
      "Cleveland",
      "Cumbria",
      "Derbyshire",
      "Devon and Cornwall",
      "Dorset",
      "Durham",
      "Dyfed-Powys",
      "Essex",
      "Gloucestershire",
      "Greater Manchester",
      "Gwent",
      "Hampshire and Isle of Wight",
      "Hertfordshire",
      "Humberside",
      "Kent",
      "Lancashire",
      "Leicestershire",
      "Lincolnshire",
      "Merseyside",
      "Metropolitan Police (London)",
      "Norfolk",
      "North Wales",
      "North Yorkshire",
      "Northamptonshire",
      "Northumbria",
      "Nottinghamshire",
      "South Wales",
      "South Yorkshire",
      "Staffordshire",
      "Suffolk",
      "Surrey",
      "Sussex",
      "Thames Valley",
      "Warwickshire",
      "West Mercia",
      "West Midlands",
      "West Yorkshire",
      "Wiltshire");

  private Names() {}

  static String areaCode(int area) {
    return CODES.get(area - 1);
  }

  static String area(int area) {
    return NAMES.get(area - 1);
  }
}
